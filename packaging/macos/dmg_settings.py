# dmgbuild settings: the app beside a link to /Applications, so users drag it across.
# dmgbuild passes -D values in `defines`.
import os.path

application = defines.get("app", "dist/Carnet.app")  # noqa: F821
appname = os.path.basename(application)

format = "UDZO"
files = [application]
symlinks = {"Applications": "/Applications"}
badge_icon = None
icon_locations = {appname: (140, 120), "Applications": (500, 120)}
window_rect = ((100, 100), (640, 280))
default_view = "icon-view"
icon_size = 96
