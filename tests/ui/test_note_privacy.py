"""A note never reaches the network: pictures or style sheets it names on a web server stay
unloaded, whether the entry is edited or shown as it reads. A tracking pixel would otherwise tell
a stranger when and where the user read their notes."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument, QTextImageFormat
from PySide6.QtNetwork import QHostAddress, QTcpServer

from tests.ui.window_helpers import restart, type_text


def image_names(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            text_format = it.fragment().charFormat()
            if text_format.isImageFormat():
                names.append(QTextImageFormat(text_format).name())
            it += 1
        block = block.next()
    return names


def test_a_note_naming_web_pictures_never_fetches_them(qtbot, open_carnet):
    watcher = QTcpServer()
    assert watcher.listen(QHostAddress.SpecialAddress.LocalHost)
    visits: list[object] = []
    watcher.newConnection.connect(lambda: visits.append(watcher.nextPendingConnection()))
    here = f"http://127.0.0.1:{watcher.serverPort()}"
    body = (
        f'Met the HR director. <img src="{here}/pixel.png" width="1" height="1">\n'
        f"\n![their logo]({here}/logo.png)\n"
        f'<link rel="stylesheet" href="{here}/style.css">\n'
    )

    window = open_carnet()
    window.new_entry_action.trigger()
    notebook = window.notebook
    type_text(qtbot, notebook.title, "Forwarded newsletter")
    notebook.body.setPlainText(body)
    assert notebook.save_now()

    window = restart(window, open_carnet)
    window.show_view(window.notebook)
    notebook = window.notebook
    notebook.entries.setCurrentRow(0)
    assert notebook.body.toPlainText() == body
    notebook.body.grab()
    with qtbot.assertNotEmitted(watcher.newConnection, wait=300):
        notebook.preview_button.setChecked(True)
        preview = notebook.preview
        qtbot.waitUntil(preview.isVisible)
        preview.grab()  # lays out and paints the pictures, as the screen would

    document = preview.document()
    assert f"{here}/logo.png" in image_names(document), "the picture is there, unloaded"
    for name in image_names(document):
        loaded = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert loaded is None
    assert visits == []
    watcher.close()
