package vn.dvc.kiosk.backoffice;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DeclaredAnswer;
import vn.dvc.kiosk.dossier.DocumentKind;
import vn.dvc.kiosk.dossier.DocumentPage;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.HandedInDocument;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;

/**
 * Test classpath only: files a dossier at the demo desk (000.00.00.H01, canbo's unit) with an answer, a photographed
 * page and a PDF page, under a procedure code of its own so that a test finds exactly its dossier in the queue.
 */
public final class DeskTestDossiers {

    public static final String PROCEDURE_NAME = "Đăng ký khai sinh (bàn làm việc)";

    private DeskTestDossiers() {
    }

    public static String uniqueProcedure() {
        return "DESK." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Files a dossier of this procedure; returns its code. */
    public static String file(Dossiers dossiers, String procedureCode) {
        return dossiers.submit(new DossierApplication(procedureCode, PROCEDURE_NAME, ProcessingPeriod.workingDays(3),
                new Applicant("001190012345", "Nguyễn Thị Lan", LocalDate.of(1990, 3, 14), "Nữ",
                        "Số 5 phố Huế, Hà Nội"),
                List.of(new DeclaredAnswer("child_name", "Họ tên trẻ", "Trần Minh An")), ResultDelivery.POSTAL,
                "Số 5 phố Huế, Hà Nội", "0901234567", "lan.nguyen@example.vn", SubmissionChannel.IN_PERSON, null,
                null, 17L, List.of(
                        new HandedInDocument("Tờ khai đăng ký khai sinh", DocumentKind.ELECTRONIC_FORM, List.of()),
                        new HandedInDocument("Giấy chứng sinh", DocumentKind.ORIGINAL, List.of(
                                new DocumentPage("image/jpeg", jpeg()),
                                new DocumentPage("application/pdf", minimalPdf())))))).code();
    }

    /** A small A4-shaped page with a few lines on it, so that a screenshot shows something. */
    public static byte[] jpeg() {
        BufferedImage page = new BufferedImage(420, 594, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 420, 594);
        g.setColor(Color.DARK_GRAY);
        g.drawString("GIAY CHUNG SINH", 150, 60);
        for (int y = 100; y < 540; y += 28) {
            g.fillRect(40, y, 340 - (y % 3) * 40, 6);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(page, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] minimalPdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
