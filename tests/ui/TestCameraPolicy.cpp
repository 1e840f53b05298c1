// SPDX-License-Identifier: GPL-3.0-or-later
// The camera's decisions without a camera: the format chosen, and plug / unplug.
#include "ui/capture/CameraPolicy.h"

#include <QTest>

using namespace passerelle::ui;
using Action = CameraInputsReaction::Action;

class TestCameraPolicy : public QObject
{
    Q_OBJECT

private slots:
    void prefersHdAtAUsableFrameRate()
    {
        // A typical desk webcam: 1080p only at 5 fps (raw), 720p at 30, 640x480 at 30, MJPEG 1080p at 30.
        const QList<CameraFormatInfo> webcam{{{1920, 1080}, 5}, {{1280, 720}, 30}, {{640, 480}, 30}};
        QCOMPARE(bestCameraFormat(webcam), 1);
        QList<CameraFormatInfo> withMjpeg = webcam;
        withMjpeg.append({{1920, 1080}, 30});
        QCOMPARE(bestCameraFormat(withMjpeg), 3); // the highest resolution that is usable
        // Same size: the smoothest.
        QCOMPARE(bestCameraFormat({{{1280, 720}, 15}, {{1280, 720}, 30}}), 1);
        // A low-end camera: the most it has, usable first.
        QCOMPARE(bestCameraFormat({{{640, 480}, 10}, {{320, 240}, 30}}), 1);
        QCOMPARE(bestCameraFormat({{{640, 480}, 30}, {{800, 600}, 30}}), 1);
        // Frames Qt cannot turn into images lose whatever their size.
        QCOMPARE(bestCameraFormat({{{3840, 2160}, 30, false}, {{640, 480}, 30}}), 1);
        QCOMPARE(bestCameraFormat({}), -1);
    }

    void unpluggedInUseIsLost()
    {
        const auto r = reactToCameraInputs("usb-1", true, true, {"usb-2"});
        QCOMPARE(r.action, Action::Lost);
        QCOMPARE(reactToCameraInputs("usb-1", true, true, {}).action, Action::Lost);
        // Lost even when idle: the next start() must not use a camera that is gone.
        QCOMPARE(reactToCameraInputs("usb-1", false, false, {}).action, Action::Lost);
    }

    void aCameraPluggedInWhileWaitingIsUsed()
    {
        // No camera at start: the page waits (wanted, not active); one comes.
        auto r = reactToCameraInputs({}, true, false, {"usb-1"});
        QCOMPARE(r.action, Action::Use);
        QCOMPARE(r.index, 0); // the default, which comes first
        // Back after being lost (the source forgot the old one).
        r = reactToCameraInputs({}, true, false, {"usb-7", "usb-1"});
        QCOMPARE(r.action, Action::Use);
        QCOMPARE(r.index, 0);
    }

    void otherChangesChangeNothing()
    {
        // A second camera plugged in while the first one runs: keep going (the counselor can switch).
        QCOMPARE(reactToCameraInputs("usb-1", true, true, {"usb-1", "usb-2"}).action, Action::Nothing);
        // Nobody wants frames: nothing is started behind the counselor's back.
        QCOMPARE(reactToCameraInputs({}, false, false, {"usb-1"}).action, Action::Nothing);
        // Still nothing plugged in.
        QCOMPARE(reactToCameraInputs({}, true, false, {}).action, Action::Nothing);
    }
};

QTEST_GUILESS_MAIN(TestCameraPolicy)
#include "TestCameraPolicy.moc"
