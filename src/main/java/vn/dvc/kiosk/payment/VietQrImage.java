package vn.dvc.kiosk.payment;

import vn.dvc.kiosk.shared.qr.QrImages;

/** Draws a VietQR payload as a QR code image (see {@link QrImages}), large on the kiosk screen. */
public final class VietQrImage {

    /** Side of the image in pixels when none is given: large enough for a phone held at arm's length. */
    public static final int DEFAULT_SIZE = 480;

    private VietQrImage() {
    }

    /** The payload as a PNG of {@link #DEFAULT_SIZE} pixels square. */
    public static byte[] png(VietQrPayload payload) {
        return QrImages.png(payload.text(), DEFAULT_SIZE);
    }

    /** The payload as a {@code data:image/png;base64,...} URL for an {@code <img>}. */
    public static String dataUrl(VietQrPayload payload, int sizePx) {
        return QrImages.dataUrl(payload.text(), sizePx);
    }
}
