package vn.dvc.kiosk.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A dashboard table as a file a leader takes into a report: CSV (UTF-8 with a byte-order mark, which Excel needs to
 * read Vietnamese; RFC 4180) and XLSX. Cells are text, whole numbers, shares ({@link Share}, a percentage in the
 * sheet) or scores ({@link Double}); an empty cell is null. Text is written in NFC, as stored.
 */
record TableExport(String title, List<String> headers, List<List<Object>> rows) {

    static final String CSV_TYPE = "text/csv; charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A share from 0 to 1, or null when there was nothing to divide by. */
    record Share(Double fraction) {
    }

    TableExport {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    byte[] csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            printer.printRecord(headers.stream().map(TableExport::nfc).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(TableExport::csvCell).toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "DVC Kiosk", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(title));
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, nfc(headers.get(c)));
                sheet.style(0, c).bold().wrapText(true).set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    xlsxCell(sheet, r + 1, c, row.get(c));
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    DownloadHandler csvDownload(String fileName) {
        return download(fileName + ".csv", CSV_TYPE, true);
    }

    DownloadHandler xlsxDownload(String fileName) {
        return download(fileName + ".xlsx", XLSX_TYPE, false);
    }

    private DownloadHandler download(String fileName, String type, boolean csv) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] content = csv ? csv() : xlsx();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        });
    }

    private static void xlsxCell(Worksheet sheet, int r, int c, Object value) {
        switch (value) {
            case null -> {
            }
            case Share share when share.fraction() == null -> {
            }
            case Share share -> {
                sheet.value(r, c, share.fraction());
                sheet.style(r, c).format("0.0%").set();
            }
            case Double score -> {
                sheet.value(r, c, score);
                sheet.style(r, c).format("0.00").set();
            }
            case Number number -> sheet.value(r, c, number);
            default -> sheet.value(r, c, nfc(value.toString()));
        }
    }

    /** Shares as a percentage with one decimal and a dot, so a spreadsheet in any language reads a number. */
    private static String csvCell(Object value) {
        return switch (value) {
            case null -> "";
            case Share share when share.fraction() == null -> "";
            case Share share -> String.format(Locale.ROOT, "%.1f", share.fraction() * 100);
            case Double score -> String.format(Locale.ROOT, "%.2f", score);
            default -> nfc(value.toString());
        };
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    static String sheetName(String title) {
        String cleaned = nfc(title).replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length())).strip();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
