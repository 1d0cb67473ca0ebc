package vn.dvc.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.kiosk.calendar.DurationUnit;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogSeedReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private byte[] seedBytes;
    private CatalogSeed seed;
    private Map<String, ProcedureDefinition> byCode;

    @BeforeAll
    void readRealSeed() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/data/procedures/catalog-seed.json")) {
            assertThat(in).as("catalog-seed.json on the classpath").isNotNull();
            seedBytes = in.readAllBytes();
        }
        seed = CatalogSeedReader.read(seedBytes);
        byCode = seed.procedures().stream()
                .collect(Collectors.toMap(ProcedureDefinition::code, Function.identity()));
    }

    private ProcedureDefinition procedure(String code) {
        assertThat(byCode).containsKey(code);
        return byCode.get(code);
    }

    @Test
    void realSeedHasThirtySixDistinctProcedures() {
        assertThat(seed.procedures()).hasSize(36);
        assertThat(byCode).hasSize(36);
    }

    @Test
    void realSeedHeaderIsRead() {
        assertThat(seed.schemaVersion()).isEqualTo(1);
        assertThat(seed.generatedAt()).isEqualTo("2026-11-21");
        assertThat(seed.versionLabel()).isEqualTo("2026-11-21#" + seed.contentSha256().substring(0, 12));
    }

    @Test
    void birthRegistrationIsFreeFullyOnlineAndReturnedTheSameWorkingDayWithCutoff() {
        ProcedureDefinition birth = procedure("1.001193");

        assertThat(birth.nameVi()).isEqualTo("Đăng ký khai sinh");
        assertThat(birth.lifeEvent()).isEqualTo(LifeEvent.BIRTH);
        assertThat(birth.competentLevel()).isEqualTo(CompetentLevel.COMMUNE);
        assertThat(birth.onlineMode()).isEqualTo(OnlineMode.FULL);
        assertThat(birth.processingTime().value()).isZero();
        assertThat(birth.processingTime().unit()).isEqualTo(DurationUnit.WORKING_DAYS);
        assertThat(birth.processingTime().cutoff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(birth.processingTime().sameDay()).isTrue();
        assertThat(birth.processingTime().period().cutoff()).contains(LocalTime.of(15, 0));
        assertThat(birth.fee().amountVnd()).isZero();
        assertThat(birth.fee().copyFeeVnd()).isEqualTo(8000L);
        assertThat(birth.fee().isFree()).isTrue();
        assertThat(birth.fee().unit()).isEqualTo(FeeUnit.DOSSIER);
        assertThat(birth.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(birth.documents()).isNotEmpty();
    }

    @Test
    void nullFeeKeepsAmountNullInsteadOfZero() {
        Fee fee = procedure("1.001022").fee(); // parent-child recognition: fee set by each province

        assertThat(fee.amountVnd()).isNull();
        assertThat(fee.isKnown()).isFalse();
        assertThat(fee.isFree()).isFalse();
    }

    @Test
    void feeExtrasAreRead() {
        assertThat(procedure("1.004222").fee().onlineAmountVnd()).isEqualTo(10000L);
        assertThat(procedure("2.000815").fee().unit()).isEqualTo(FeeUnit.PAGE);
        assertThat(procedure("2.000635").fee().unit()).isEqualTo(FeeUnit.COPY);
        assertThat(procedure("1.001612").fee().varies()).isTrue();
        Fee idCardRenewal = procedure("1.014063").fee();
        assertThat(idCardRenewal.reducedAmountVnd()).isEqualTo(25000L);
        assertThat(idCardRenewal.reducedUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void calendarDayProceduresKeepTheirUnit() {
        assertThat(procedure("1.013225").processingTime().unit()).isEqualTo(DurationUnit.DAYS);
        assertThat(procedure("1.013225").processingTime().value()).isEqualTo(15);
        assertThat(procedure("1.004222").processingTime().cutoff()).isNull();
    }

    @Test
    void allTextOfTheRealSeedIsNfc() {
        List<String> texts = seed.procedures().stream().flatMap(p -> allTexts(p).stream()).toList();

        assertThat(texts).hasSizeGreaterThan(36 * 5)
                .allSatisfy(text -> assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC))
                        .as("NFC: %s", text).isTrue());
    }

    @Test
    void searchKeyHoldsFoldedVietnameseAndEnglishNamesAndTheCode() {
        String key = procedure("1.001193").searchKey();

        assertThat(key).contains("dang ky khai sinh").contains("birth").contains("1.001193");
        assertThat(key).isEqualTo(key.toLowerCase()).doesNotContain("đ", "ă", "ý");
    }

    @Test
    void contentHashIsStableForTheSameBytes() {
        CatalogSeed again = CatalogSeedReader.read(seedBytes.clone());

        assertThat(again.contentSha256()).isEqualTo(seed.contentSha256()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(again.procedures()).extracting(ProcedureDefinition::contentSha256)
                .containsExactlyElementsOf(seed.procedures().stream().map(ProcedureDefinition::contentSha256).toList());
    }

    @Test
    void contentHashChangesWhenOneByteChanges() {
        byte[] changed = seedBytes.clone();
        int lastBrace = lastIndexOf(changed, (byte) '}');
        changed[lastBrace - 1] = changed[lastBrace - 1] == ' ' ? (byte) '\n' : (byte) ' ';

        CatalogSeed reread = CatalogSeedReader.read(changed);

        assertThat(reread.contentSha256()).isNotEqualTo(seed.contentSha256());
        // formatting only: every procedure keeps its own hash, so an import would leave them unchanged
        assertThat(reread.procedures()).extracting(ProcedureDefinition::contentSha256)
                .containsExactlyElementsOf(seed.procedures().stream().map(ProcedureDefinition::contentSha256).toList());
    }

    @Test
    void procedureHashChangesWhenItsContentChanges() {
        byte[] changed = new String(seedBytes, StandardCharsets.UTF_8)
                .replace("\"nameVi\": \"Đăng ký khai sinh\"", "\"nameVi\": \"Đăng ký khai sinh \"")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(changed).isNotEqualTo(seedBytes);

        CatalogSeed reread = CatalogSeedReader.read(changed);
        ProcedureDefinition birth = reread.procedures().stream().filter(p -> p.code().equals("1.001193")).findFirst()
                .orElseThrow();

        assertThat(reread.contentSha256()).isNotEqualTo(seed.contentSha256());
        assertThat(birth.nameVi()).isEqualTo("Đăng ký khai sinh"); // stripped
        assertThat(birth.contentSha256()).isNotEqualTo(procedure("1.001193").contentSha256());
        assertThat(reread.procedures()).filteredOn(p -> !p.code().equals("1.001193"))
                .allSatisfy(p -> assertThat(p.contentSha256()).isEqualTo(byCode.get(p.code()).contentSha256()));
    }

    @Test
    void recordMissingNameViFailsWithTheProcedureCode() {
        JsonNode root = JSON.readTree(seedBytes);
        for (JsonNode node : root.path("procedures")) {
            if (node.path("code").asString().equals("1.004873")) {
                ((ObjectNode) node).remove("nameVi");
            }
        }
        byte[] broken = JSON.writeValueAsBytes(root);

        assertThatThrownBy(() -> CatalogSeedReader.read(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.004873")
                .hasMessageContaining("nameVi");
    }

    @Test
    void recordWithUnknownEnumValueFailsWithTheProcedureCode() {
        byte[] broken = minimalCatalog("\"lifeEvent\": \"BIRTH\"", "\"lifeEvent\": \"WEDDING\"");

        assertThatThrownBy(() -> CatalogSeedReader.read(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9.000001");
    }

    @Test
    void recordMissingProcessingTimeValueFailsWithTheProcedureCode() {
        byte[] broken = minimalCatalog("\"value\": 0, ", "");

        assertThatThrownBy(() -> CatalogSeedReader.read(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9.000001")
                .hasMessageContaining("value");
    }

    @Test
    void minimalTwoProcedureCatalogParses() {
        CatalogSeed minimal = CatalogSeedReader.read(minimalCatalog("", ""));

        assertThat(minimal.schemaVersion()).isEqualTo(2);
        assertThat(minimal.generatedAt()).isEqualTo("2027-01-15");
        assertThat(minimal.procedures()).extracting(ProcedureDefinition::code).containsExactly("9.000001", "9.000002");

        ProcedureDefinition first = minimal.procedures().get(0);
        assertThat(first.nameVi()).isEqualTo("Đăng ký khai tử");
        assertThat(first.lifeEvent()).isEqualTo(LifeEvent.BIRTH);
        assertThat(first.processingTime().sameDay()).isTrue();
        assertThat(first.processingTime().cutoff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(first.fee().isFree()).isTrue();
        assertThat(first.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.nameVi()).isEqualTo("Giấy báo tử");
            assertThat(doc.form()).isEqualTo(DocumentForm.ORIGINAL);
            assertThat(doc.quantity()).isEqualTo(1);
            assertThat(doc.optional()).isFalse();
        });
        assertThat(first.formFields()).singleElement().satisfies(field -> {
            assertThat(field.key()).isEqualTo("relationship");
            assertThat(field.type()).isEqualTo(FieldType.SELECT);
            assertThat(field.optionList()).containsExactly("Vợ/chồng", "Con");
        });
        assertThat(first.resultChannels()).containsExactlyInAnyOrder(ResultChannel.COUNTER, ResultChannel.ELECTRONIC);
        assertThat(first.searchKey()).isEqualTo("dang ky khai tu | death registration | 9.000001");

        ProcedureDefinition second = minimal.procedures().get(1);
        assertThat(second.processingTime().unit()).isEqualTo(DurationUnit.DAYS);
        assertThat(second.processingTime().value()).isEqualTo(15);
        assertThat(second.processingTime().cutoff()).isNull();
        assertThat(second.fee().amountVnd()).isNull();
        assertThat(second.fee().isKnown()).isFalse();
        assertThat(second.confidence()).isEqualTo(Confidence.MEDIUM); // default when absent
        assertThat(second.documents()).isEmpty();
        assertThat(second.formFields()).isEmpty();
    }

    @Test
    void decomposedInputIsStoredAsNfc() {
        CatalogSeed minimal = CatalogSeedReader.read(minimalCatalog("", ""));
        ProcedureDefinition first = minimal.procedures().get(0);

        // the inline JSON spells these in NFD (base letters + combining marks)
        assertThat(first.nameVi()).isEqualTo("Đăng ký khai tử");
        assertThat(first.agencyVi()).isEqualTo("Ủy ban nhân dân cấp xã");
        assertThat(first.documents().get(0).nameVi()).isEqualTo("Giấy báo tử");
        assertThat(first.formFields().get(0).optionList()).containsExactly("Vợ/chồng", "Con");
        assertThat(allTexts(first)).allSatisfy(text -> assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC))
                .as("NFC: %s", text).isTrue());
    }

    /** Two procedures; the first spelled in NFD. {@code find} in the first record is replaced by {@code replace}. */
    private static byte[] minimalCatalog(String find, String replace) {
        String first = """
                {
                  "code": "9.000001",
                  "nameVi": "%s",
                  "nameEn": "Death registration",
                  "lifeEvent": "BIRTH",
                  "competentLevel": "COMMUNE",
                  "agencyVi": "%s",
                  "onlineMode": "FULL",
                  "processingTime": {"value": 0, "unit": "WORKING_DAYS", "cutoffTime": "15:00"},
                  "fee": {"amountVnd": 0, "noteVi": "Miễn phí", "noteEn": "Free"},
                  "requiredDocuments": [
                    {"nameVi": "%s", "nameEn": "Death notice", "form": "ORIGINAL"}
                  ],
                  "resultVi": "Trích lục khai tử",
                  "resultEn": "Death certificate extract",
                  "resultChannels": ["COUNTER", "ELECTRONIC"],
                  "legalBasis": ["Luật Hộ tịch 2014"],
                  "confidence": "HIGH",
                  "formFields": [
                    {"key": "relationship", "labelVi": "Quan hệ với người mất", "labelEn": "Relationship",
                     "type": "SELECT", "required": true, "options": ["%s", "Con"]}
                  ]
                }""".formatted(nfd("Đăng ký khai tử"), nfd("Ủy ban nhân dân cấp xã"), nfd("Giấy báo tử"),
                nfd("Vợ/chồng"));
        String second = """
                {
                  "code": "9.000002",
                  "nameVi": "Cấp giấy phép xây dựng",
                  "nameEn": "Building permit",
                  "lifeEvent": "LAND_CONSTRUCTION",
                  "competentLevel": "COMMUNE",
                  "agencyVi": "Ủy ban nhân dân cấp xã",
                  "onlineMode": "PARTIAL",
                  "processingTime": {"value": 15, "unit": "DAYS"},
                  "fee": {"amountVnd": null, "varies": true},
                  "resultVi": "Giấy phép xây dựng",
                  "resultEn": "Building permit"
                }""";
        String json = """
                {"schemaVersion": 2, "generatedAt": "2027-01-15", "procedures": [%s, %s]}"""
                .formatted(find.isEmpty() ? first : first.replace(find, replace), second);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String nfd(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(text);
        return decomposed;
    }

    private static List<String> allTexts(ProcedureDefinition p) {
        List<String> texts = new ArrayList<>(Arrays.asList(p.code(), p.nameVi(), p.nameEn(), p.agencyVi(),
                p.resultVi(), p.resultEn(), p.searchKey(), p.processingTime().note(), p.fee().noteVi(),
                p.fee().noteEn()));
        texts.addAll(p.legalBasis());
        p.documents().forEach(d -> texts.addAll(List.of(d.nameVi(), d.nameEn())));
        p.formFields().forEach(f -> texts.addAll(Arrays.asList(f.key(), f.labelVi(), f.labelEn(), f.prefillFrom(),
                f.options())));
        texts.removeIf(text -> text == null);
        return texts;
    }

    private static int lastIndexOf(byte[] bytes, byte value) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == value) {
                return i;
            }
        }
        throw new AssertionError("no " + (char) value);
    }
}
