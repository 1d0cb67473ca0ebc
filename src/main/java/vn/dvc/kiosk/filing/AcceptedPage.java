package vn.dvc.kiosk.filing;

/** A page ready to keep: a compressed JPEG without metadata, or a PDF as uploaded. */
public record AcceptedPage(String contentType, byte[] content) {

    public static final String JPEG = "image/jpeg";
    public static final String PDF = "application/pdf";

    public boolean isImage() {
        return JPEG.equals(contentType);
    }
}
