package vn.dvc.kiosk.advisor.ecitizen;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code ecitizen_resident}: the resident and the consent they gave (V19 says what and why). */
@Entity
@Table(name = "ecitizen_resident")
class ResidentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "commune_code")
    private String communeCode;
    @Column(name = "group_code")
    private String groupCode;
    @Column(name = "subject_hash")
    private String subjectHash;
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "id_last4")
    private String idLastFour;
    @Column(name = "consent_text_version")
    private String consentTextVersion;
    @Column(name = "consent_text_sha256")
    private String consentTextSha256;
    @Column(name = "consent_locale")
    private String consentLocale;
    @Column(name = "consent_given_at")
    private Instant consentGivenAt;
    @Column(name = "enrolled_by")
    private String enrolledBy;
    @Column(name = "enrolled_by_name")
    private String enrolledByName;

    protected ResidentRecord() {
    }

    ResidentRecord(String communeCode, String groupCode, String subjectHash, String fullName, String idLastFour,
            String consentTextVersion, String consentTextSha256, String consentLocale, Instant consentGivenAt,
            String enrolledBy, String enrolledByName) {
        this.communeCode = communeCode;
        this.groupCode = groupCode;
        this.subjectHash = subjectHash;
        this.fullName = fullName;
        this.idLastFour = idLastFour;
        this.consentTextVersion = consentTextVersion;
        this.consentTextSha256 = consentTextSha256;
        this.consentLocale = consentLocale;
        this.consentGivenAt = consentGivenAt;
        this.enrolledBy = enrolledBy;
        this.enrolledByName = enrolledByName;
    }

    Long getId() {
        return id;
    }

    String getCommuneCode() {
        return communeCode;
    }

    String getGroupCode() {
        return groupCode;
    }

    String getFullName() {
        return fullName;
    }

    String getIdLastFour() {
        return idLastFour;
    }

    Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    String getConsentTextVersion() {
        return consentTextVersion;
    }

    String getConsentTextSha256() {
        return consentTextSha256;
    }
}
