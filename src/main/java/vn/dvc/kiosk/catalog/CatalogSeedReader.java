package vn.dvc.kiosk.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.kiosk.calendar.DurationUnit;
import vn.dvc.kiosk.shared.text.Sha256;
import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * Reads a catalog file in the seed format (see data/procedures/README.md). Text is normalised to NFC on the way in.
 * A malformed record fails the whole file with the procedure code and field named: a half-imported catalog is worse
 * than the previous one.
 */
final class CatalogSeedReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatalogSeedReader() {
    }

    static CatalogSeed read(byte[] content) {
        JsonNode root = JSON.readTree(content);
        List<ProcedureDefinition> procedures = new ArrayList<>();
        for (JsonNode node : root.path("procedures")) {
            String code = text(node, "code");
            try {
                procedures.add(definition(node));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Catalog record " + code + " is malformed: " + e.getMessage(), e);
            }
        }
        return new CatalogSeed(Sha256.hex(content), root.path("schemaVersion").asInt(1),
                root.path("generatedAt").asString("unknown"), List.copyOf(procedures));
    }

    private static ProcedureDefinition definition(JsonNode node) {
        String nameVi = required(node, "nameVi");
        String nameEn = required(node, "nameEn");
        String code = required(node, "code");
        JsonNode time = node.path("processingTime");
        JsonNode fee = node.path("fee");
        if (!time.path("value").isIntegralNumber()) {
            throw new IllegalArgumentException("missing processingTime.value");
        }
        ProcessingTime processingTime = new ProcessingTime(time.get("value").asInt(),
                DurationUnit.valueOf(required(time, "unit")),
                time.hasNonNull("cutoffTime") ? LocalTime.parse(time.get("cutoffTime").asString()) : null,
                text(time, "note"));
        FeeUnit feeUnit = fee.path("perPage").asBoolean(false) ? FeeUnit.PAGE
                : fee.path("perCopy").asBoolean(false) ? FeeUnit.COPY : FeeUnit.DOSSIER;
        Fee procedureFee = new Fee(amount(fee, "amountVnd"), amount(fee, "onlineAmountVnd"), amount(fee, "copyFeeVnd"),
                amount(fee, "reducedAmountVnd"),
                fee.hasNonNull("reducedUntil") ? LocalDate.parse(fee.get("reducedUntil").asString()) : null,
                fee.path("varies").asBoolean(false), feeUnit, text(fee, "noteVi"), text(fee, "noteEn"));
        List<RequiredDocument> documents = new ArrayList<>();
        for (JsonNode doc : node.path("requiredDocuments")) {
            documents.add(new RequiredDocument(required(doc, "nameVi"), required(doc, "nameEn"),
                    DocumentForm.valueOf(required(doc, "form")), Math.max(1, doc.path("quantity").asInt(1)),
                    doc.path("optional").asBoolean(false)));
        }
        List<FormField> fields = new ArrayList<>();
        for (JsonNode field : node.path("formFields")) {
            List<String> options = new ArrayList<>();
            field.path("options").forEach(option -> options.add(VietnameseText.nfc(option.asString())));
            fields.add(new FormField(required(field, "key"), required(field, "labelVi"), required(field, "labelEn"),
                    FieldType.valueOf(required(field, "type")), field.path("required").asBoolean(false),
                    text(field, "prefillFrom"), options.isEmpty() ? null : String.join("\n", options)));
        }
        EnumSet<ResultChannel> channels = EnumSet.noneOf(ResultChannel.class);
        node.path("resultChannels").forEach(channel -> channels.add(ResultChannel.valueOf(channel.asString())));
        List<String> legalBasis = new ArrayList<>();
        node.path("legalBasis").forEach(law -> legalBasis.add(VietnameseText.nfc(law.asString())));
        String searchKey = VietnameseText.fold(nameVi) + " | " + VietnameseText.fold(nameEn) + " | " + code;
        return new ProcedureDefinition(code, nameVi, nameEn, LifeEvent.valueOf(required(node, "lifeEvent")),
                CompetentLevel.valueOf(required(node, "competentLevel")), required(node, "agencyVi"),
                OnlineMode.valueOf(required(node, "onlineMode")), processingTime, procedureFee,
                required(node, "resultVi"), required(node, "resultEn"), channels, List.copyOf(legalBasis),
                Confidence.valueOf(node.path("confidence").asString("MEDIUM")), List.copyOf(documents),
                List.copyOf(fields), searchKey, Sha256.hex(node.toString()));
    }

    private static String required(JsonNode node, String field) {
        return Objects.requireNonNull(text(node, field), () -> "missing " + field);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : VietnameseText.nfc(value.asString().strip());
    }

    private static Long amount(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }
}
