package vn.dvc.kiosk.dashboard;

import vn.dvc.kiosk.dossier.SubmissionChannel;

/** The two sides the online share compares: filed online (kiosk, tablet, web) or at the counter / by post. */
public enum ChannelGroup {
    ONLINE, COUNTER;

    static ChannelGroup of(SubmissionChannel channel) {
        return channel == SubmissionChannel.ONLINE ? ONLINE : COUNTER;
    }
}
