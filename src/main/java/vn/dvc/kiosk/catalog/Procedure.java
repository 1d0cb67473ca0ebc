package vn.dvc.kiosk.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An administrative procedure (thủ tục hành chính) as published in the catalog. Changed only by
 * {@link CatalogImporter}; dossiers keep their own copy of what they need, so a catalog update never rewrites them.
 */
@Entity
@Table(name = "procedure_def")
public class Procedure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    @Column(name = "name_vi")
    private String nameVi;
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "life_event")
    private LifeEvent lifeEvent;
    @Enumerated(EnumType.STRING)
    @Column(name = "competent_level")
    private CompetentLevel competentLevel;
    @Column(name = "agency_vi")
    private String agencyVi;
    @Enumerated(EnumType.STRING)
    @Column(name = "online_mode")
    private OnlineMode onlineMode;
    @Embedded
    private ProcessingTime processingTime;
    @Embedded
    private Fee fee;
    @Column(name = "result_vi")
    private String resultVi;
    @Column(name = "result_en")
    private String resultEn;
    @Column(name = "result_channels")
    private String resultChannels;
    @Column(name = "legal_basis")
    private String legalBasis;
    @Enumerated(EnumType.STRING)
    private Confidence confidence;
    @Column(name = "search_key")
    private String searchKey;
    @Column(name = "content_sha256")
    private String contentSha256;
    private boolean active;
    @Column(name = "catalog_version")
    private String catalogVersion;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "procedure_document", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    private List<RequiredDocument> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "procedure_form_field", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    private List<FormField> formFields = new ArrayList<>();

    protected Procedure() {
    }

    Procedure(String code) {
        this.code = code;
    }

    /** Copies a catalog definition in; the caller has checked that its content changed. */
    void define(ProcedureDefinition definition, String catalogVersion, Instant now) {
        this.nameVi = definition.nameVi();
        this.nameEn = definition.nameEn();
        this.lifeEvent = definition.lifeEvent();
        this.competentLevel = definition.competentLevel();
        this.agencyVi = definition.agencyVi();
        this.onlineMode = definition.onlineMode();
        this.processingTime = definition.processingTime();
        this.fee = definition.fee();
        this.resultVi = definition.resultVi();
        this.resultEn = definition.resultEn();
        this.resultChannels = definition.resultChannels().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        this.legalBasis = String.join("\n", definition.legalBasis());
        this.confidence = definition.confidence();
        this.searchKey = definition.searchKey();
        this.contentSha256 = definition.contentSha256();
        this.documents.clear();
        this.documents.addAll(definition.documents());
        this.formFields.clear();
        this.formFields.addAll(definition.formFields());
        this.active = true;
        this.catalogVersion = catalogVersion;
        this.updatedAt = now;
    }

    /** No longer in the catalog: kept, because dossiers and statistics still name it. */
    void retire(String catalogVersion, Instant now) {
        this.active = false;
        this.catalogVersion = catalogVersion;
        this.updatedAt = now;
    }

    /** Loads the documents and form fields while the session is open: the catalog is read detached, in memory. */
    void loadCollections() {
        documents.size();
        formFields.size();
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public LifeEvent getLifeEvent() {
        return lifeEvent;
    }

    public CompetentLevel getCompetentLevel() {
        return competentLevel;
    }

    public String getAgencyVi() {
        return agencyVi;
    }

    public OnlineMode getOnlineMode() {
        return onlineMode;
    }

    public ProcessingTime getProcessingTime() {
        return processingTime;
    }

    public Fee getFee() {
        return fee;
    }

    public String getResultVi() {
        return resultVi;
    }

    public String getResultEn() {
        return resultEn;
    }

    public Set<ResultChannel> getResultChannels() {
        if (resultChannels == null || resultChannels.isBlank()) {
            return EnumSet.noneOf(ResultChannel.class);
        }
        return Arrays.stream(resultChannels.split(",")).map(ResultChannel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ResultChannel.class)));
    }

    public List<String> getLegalBasis() {
        return legalBasis == null || legalBasis.isBlank() ? List.of() : List.of(legalBasis.split("\n"));
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public String getSearchKey() {
        return searchKey;
    }

    String getContentSha256() {
        return contentSha256;
    }

    public boolean isActive() {
        return active;
    }

    public String getCatalogVersion() {
        return catalogVersion;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<RequiredDocument> getDocuments() {
        return List.copyOf(documents);
    }

    public List<FormField> getFormFields() {
        return List.copyOf(formFields);
    }

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }
}
