package vn.dvc.kiosk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class TableExportTest {

    /** "Phường Hoàn Kiếm" typed in NFD, as some keyboards and old data send it. */
    private static final String NFD_NAME = "Phu\u031bo\u031b\u0300ng Hoa\u0300n Kie\u0302\u0301m";

    private final TableExport table = new TableExport("Xã, phường: Hồ sơ trực tuyến / tháng [1]",
            List.of("Hạng", "Địa bàn", "Trực tuyến", "Hài lòng", "Ghi chú"),
            List.of(
                    Arrays.asList(1L, NFD_NAME, new TableExport.Share(0.4125), 4.25, "có \"dấu ngoặc\", và dấu phẩy"),
                    Arrays.asList(2L, "Xã Chưa Có", new TableExport.Share(null), null, "")));

    @Test
    void csvStartsWithAByteOrderMarkForExcelAndQuotesAsRfc4180() throws IOException {
        byte[] bytes = table.csv();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\r\n").contains("\"có \"\"dấu ngoặc\"\", và dấu phẩy\"");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).containsExactly("Hạng", "Địa bàn", "Trực tuyến", "Hài lòng", "Ghi chú");
        assertThat(records.get(1).toList()).containsExactly("1", "Phường Hoàn Kiếm", "41.3", "4.25",
                "có \"dấu ngoặc\", và dấu phẩy");
        assertThat(records.get(2).toList()).containsExactly("2", "Xã Chưa Có", "", "", "");
    }

    @Test
    void csvWritesNamesInNfc() {
        String text = new String(table.csv(), StandardCharsets.UTF_8);
        assertThat(text).contains("Phường Hoàn Kiếm").doesNotContain(NFD_NAME);
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndSharesAsFractions() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(table.xlsx()));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Xã, phường Hồ sơ trực tuyến thá");
            List<Row> rows = stream.toList();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Địa bàn");
            assertThat(rows.get(1).getCellAsNumber(0)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(1));
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Phường Hoàn Kiếm");
            assertThat(rows.get(1).getCellAsNumber(2))
                    .hasValueSatisfying(n -> assertThat(n.doubleValue()).isEqualTo(0.4125));
            assertThat(rows.get(1).getCellAsNumber(3))
                    .hasValueSatisfying(n -> assertThat(n.doubleValue()).isEqualTo(4.25));
            assertThat(rows.get(2).getCellText(2)).isEmpty();
        }
    }

    @Test
    void sheetNamesStayWithinExcelsRules() {
        assertThat(TableExport.sheetName("a/b\\c?d*e[f]g:h")).isEqualTo("a b c d e f g h");
        assertThat(TableExport.sheetName("Tháng [1]")).isEqualTo("Tháng 1");
        assertThat(TableExport.sheetName("x".repeat(40))).hasSize(31);
        assertThat(TableExport.sheetName("  ")).isEqualTo("Sheet1");
    }
}
