"""How the referral tree and its map tell apart people to call, contacted, met or declined.

Both draw from here, so a person looks the same in the list, on the map and in the legend.
"""

from __future__ import annotations

import math
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from carnet.domain.enums import ContactStatus, Permission
from carnet.domain.referrals import ReferralNode


class Stage(StrEnum):
    TO_CALL = "to_call"
    CONTACTED = "contacted"
    MET = "met"
    DECLINED = "declined"


def stage_of(node: ReferralNode) -> Stage:
    if node.met:
        return Stage.MET
    if node.status == ContactStatus.DECLINED:
        return Stage.DECLINED
    return Stage.CONTACTED if node.contacted else Stage.TO_CALL


STAGE_COLORS = {
    Stage.TO_CALL: QColor("#7d8590"),
    Stage.CONTACTED: QColor("#c27c0e"),
    Stage.MET: QColor("#2e7d32"),
    Stage.DECLINED: QColor("#b3261e"),
}

PERMISSION_COLORS = {
    Permission.YES: QColor("#2e7d32"),
    Permission.NO: QColor("#b3261e"),
    Permission.NOT_ASKED: QColor("#8a6d00"),
}


def stage_label(stage: Stage) -> str:
    return {
        Stage.TO_CALL: QCoreApplication.translate("ReferralStyle", "Not contacted yet"),
        Stage.CONTACTED: QCoreApplication.translate("ReferralStyle", "Contacted, not met yet"),
        Stage.MET: QCoreApplication.translate("ReferralStyle", "Met"),
        Stage.DECLINED: QCoreApplication.translate("ReferralStyle", "Declined"),
    }[stage]


def star(center: QPointF, radius: float) -> QPolygonF:
    """A five-pointed star: the mark of a decision maker."""
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle)))
    return QPolygonF(points)


def paint_marker(
    painter: QPainter, center: QPointF, radius: float, stage: Stage, decision_maker: bool
) -> None:
    """Hollow for people still to call, half full once contacted, full once met, crossed out
    when they declined; a star instead of a dot for a decision maker."""
    color = STAGE_COLORS[stage]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, max(1.2, radius / 4)))
    filled = stage in (Stage.MET, Stage.DECLINED)
    painter.setBrush(color if filled else Qt.BrushStyle.NoBrush)
    if decision_maker:
        painter.drawPolygon(star(center, radius * 1.15))
    else:
        painter.drawEllipse(center, radius, radius)
        if stage == Stage.CONTACTED:
            painter.setBrush(color)
            painter.drawPie(  # type: ignore[call-overload]  # PySide6 takes floats
                center.x() - radius, center.y() - radius, 2 * radius, 2 * radius, 90 * 16, 180 * 16
            )
    if stage == Stage.DECLINED:
        painter.setPen(QPen(QColor("white"), max(1.2, radius / 4)))
        d = radius * 0.5
        painter.drawLine(QPointF(center.x() - d, center.y()), QPointF(center.x() + d, center.y()))
    painter.restore()


@cache
def stage_icon(stage: Stage, decision_maker: bool = False, size: int = 16) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_marker(painter, QPointF(size / 2, size / 2), size * 0.34, stage, decision_maker)
    painter.end()
    return QIcon(pixmap)
