"""Which of the three kinds of call a call to someone is, as the referral tree suggests it.

* **Warm**: on someone's recommendation, with their permission to say so.
* **Known**: to someone the user already knows (a friend, a former colleague): the people at the
  tree's root, except LinkedIn connections nobody introduced (weak ties) and leads the user found
  by themselves (a lead nobody introduced is a stranger until the first call).
* **Cold**: to a stranger, or to someone introduced by a connector whose name the user may not
  use (or has not asked yet).

The method measures warm calls against about 9 meetings in 10 and cold ones against 1 in 10;
calls to people the user knows are counted apart, so that they distort neither rate.
"""

from __future__ import annotations

from carnet.domain.enums import Permission, Warmth


def suggest(
    permission: Permission | None,
    weak_tie: bool,
    lead: bool = False,
    previous: Warmth | None = None,
) -> Warmth:
    """``permission`` is that of the person's primary introduction (None: nobody introduced
    them); ``lead``: the person is still a lead; ``previous``: the kind of the last call logged
    with them, which says, for someone nobody introduced, whether the user knows them."""
    if permission is not None:
        return Warmth.WARM if permission == Permission.YES else Warmth.COLD
    if previous in (Warmth.KNOWN, Warmth.COLD):
        return previous
    return Warmth.COLD if weak_tie or lead else Warmth.KNOWN
