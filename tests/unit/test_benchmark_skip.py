"""The frozen start-up benchmarks skip with a message where no frozen build exists (issue 17)."""

from __future__ import annotations


def test_without_a_frozen_build_the_frozen_figures_are_skipped_not_failed(
    tmp_path, monkeypatch, capsys
):
    from tests.benchmarks import run

    monkeypatch.setenv("CARNET_FROZEN", str(tmp_path / "no-such-build" / "carnet"))

    status = run.main(["frozen_startup_to_window", "frozen_startup_to_data"])

    out, err = capsys.readouterr()
    assert status == 0 and out == ""
    assert err.count("skipped: no frozen app at") == 2
