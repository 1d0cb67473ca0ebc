package vn.dvc.kiosk.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.dvc.kiosk.calendar.AppointmentCalendar;

/**
 * A dossier (hồ sơ) as received: the procedure as it was when filed, who it is for, the answers, where the result
 * goes, and every status it has been through.
 */
@Entity
@Table(name = "dossier")
class Dossier {

    /** Who registers a dossier nobody helped with. */
    static final String SELF_SERVICE = "kiosk";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "procedure_name")
    private String procedureName;
    @Column(name = "receiving_unit_code")
    private String receivingUnitCode;
    @Enumerated(EnumType.STRING)
    private DossierStatus status;
    @Enumerated(EnumType.STRING)
    private SubmissionChannel channel;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "counted_from")
    private LocalDate countedFrom;
    @Column(name = "appointment_date")
    private LocalDate appointmentDate;
    @Column(name = "applicant_id_number")
    private String applicantIdNumber;
    @Column(name = "applicant_full_name")
    private String applicantFullName;
    @Column(name = "applicant_date_of_birth")
    private LocalDate applicantDateOfBirth;
    @Column(name = "applicant_sex")
    private String applicantSex;
    @Column(name = "applicant_address")
    private String applicantAddress;
    @Enumerated(EnumType.STRING)
    @Column(name = "result_delivery")
    private ResultDelivery resultDelivery;
    @Column(name = "delivery_address")
    private String deliveryAddress;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "fee_vnd")
    private Long feeVnd;
    @Enumerated(EnumType.STRING)
    @Column(name = "fee_status")
    private FeeStatus feeStatus;
    @Column(name = "assisted_by")
    private String assistedBy;
    /** The advisor's sign-in name: their list of dossiers they helped with is a query by it. */
    @Column(name = "assisted_by_username")
    private String assistedByUsername;
    @Column(name = "consent_record_id")
    private Long consentRecordId;
    @Column(name = "tracking_token")
    private String trackingToken;
    @Column(name = "submission_key")
    private String submissionKey;
    @Column(name = "created_at")
    private Instant createdAt;
    /** The desk day a pausing status (5, 6, 8) began; null while the clock runs. */
    @Column(name = "paused_since")
    private LocalDate pausedSince;
    /** Working days the clock stood still so far; the appointment date already includes them. */
    @Column(name = "paused_working_days")
    private int pausedWorkingDays;
    /** The desk day processing finished (status 9), for the processing control slip (Mẫu 05). */
    @Column(name = "finished_on")
    private LocalDate finishedOn;
    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "dossier_answer", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<DossierAnswer> answers = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt, id")
    private List<DossierStatusChange> statusChanges = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<DossierDocument> documents = new ArrayList<>();

    protected Dossier() {
    }

    /**
     * A newly registered dossier for a checked application.
     *
     * @param countedFrom     the reception day, from which the processing time runs
     * @param appointmentDate when the result is due
     */
    static Dossier received(String code, String receivingUnitCode, DossierApplication application, Instant receivedAt,
            LocalDate countedFrom, LocalDate appointmentDate, String trackingToken) {
        return received(code, receivingUnitCode, application, receivedAt, countedFrom, appointmentDate, trackingToken,
                null);
    }

    /** @param submissionKey the submitting screen's key for this filing, so that submitting again finds this one */
    static Dossier received(String code, String receivingUnitCode, DossierApplication application, Instant receivedAt,
            LocalDate countedFrom, LocalDate appointmentDate, String trackingToken, String submissionKey) {
        String registeredBy = application.assistedBy() == null ? SELF_SERVICE : application.assistedBy();
        Dossier dossier = received(code, receivingUnitCode, application, receivedAt, countedFrom, appointmentDate,
                trackingToken, registeredBy, FeeStatus.DUE);
        dossier.submissionKey = submissionKey;
        return dossier;
    }

    /**
     * A dossier an officer registers at the counter (handed in there or arriving by post): the history names the
     * officer, and a fee is settled at the counter ({@link FeeStatus#AT_COUNTER}), never owed online.
     */
    static Dossier registeredAtCounter(String code, String receivingUnitCode, DossierApplication application,
            Instant receivedAt, LocalDate countedFrom, LocalDate appointmentDate, String trackingToken,
            String officer, String submissionKey) {
        Dossier dossier = received(code, receivingUnitCode, application, receivedAt, countedFrom, appointmentDate,
                trackingToken, officer, FeeStatus.AT_COUNTER);
        dossier.submissionKey = submissionKey;
        return dossier;
    }

    private static Dossier received(String code, String receivingUnitCode, DossierApplication application,
            Instant receivedAt, LocalDate countedFrom, LocalDate appointmentDate, String trackingToken,
            String registeredBy, FeeStatus whenFeeDue) {
        Dossier dossier = new Dossier();
        dossier.code = code;
        dossier.receivingUnitCode = receivingUnitCode;
        dossier.procedureCode = application.procedureCode();
        dossier.procedureName = application.procedureName();
        dossier.channel = application.channel();
        dossier.receivedAt = receivedAt;
        dossier.countedFrom = countedFrom;
        dossier.appointmentDate = appointmentDate;
        Applicant applicant = application.applicant();
        dossier.applicantIdNumber = applicant.idNumber();
        dossier.applicantFullName = applicant.fullName();
        dossier.applicantDateOfBirth = applicant.dateOfBirth();
        dossier.applicantSex = applicant.sex();
        dossier.applicantAddress = applicant.address();
        dossier.resultDelivery = application.resultDelivery();
        dossier.deliveryAddress = application.deliveryAddress();
        dossier.contactPhone = application.contactPhone();
        dossier.contactEmail = application.contactEmail();
        dossier.feeVnd = application.feeVnd();
        boolean feeDue = application.feeVnd() != null && application.feeVnd() > 0;
        dossier.feeStatus = feeDue ? whenFeeDue : FeeStatus.NONE;
        dossier.assistedBy = application.assistedBy();
        dossier.assistedByUsername = application.assistedByUsername();
        dossier.consentRecordId = application.consentRecordId();
        dossier.trackingToken = trackingToken;
        dossier.createdAt = receivedAt;
        application.answers().stream().map(DossierAnswer::of).forEach(dossier.answers::add);
        for (int i = 0; i < application.documents().size(); i++) {
            dossier.documents.add(new DossierDocument(dossier, i + 1, application.documents().get(i)));
        }
        dossier.moveTo(DossierStatus.NEWLY_REGISTERED, receivedAt, registeredBy, null);
        return dossier;
    }

    private void moveTo(DossierStatus next, Instant at, String by, String reason) {
        statusChanges.add(new DossierStatusChange(this, status, next, at, by, reason));
        status = next;
    }

    /**
     * Applies an action of the state machine: records the step, pauses or resumes the appointment clock.
     * While a status that {@link DossierStatus#pausesTheClock() pauses the clock} lasts, the deadline does not run:
     * when processing resumes, the appointment moves later by the working days strictly after the pause began up to
     * and including the day it ends (a pause begun and ended the same day moves nothing).
     *
     * @param today the desk's civil date of {@code at}
     * @return the status the dossier was in
     * @throws IllegalTransitionException when the state machine refuses the action now
     */
    DossierStatus act(DossierAction action, String reason, String actor, Instant at, LocalDate today,
            AppointmentCalendar calendar) {
        DossierStatus from = status;
        DossierStatus to = DossierTransitions.check(code, from, feeStatus, action, reason);
        if (!from.pausesTheClock() && to.pausesTheClock()) {
            pausedSince = today;
        } else if (from.pausesTheClock() && !to.pausesTheClock()) {
            int paused = pausedSince == null ? 0 : calendar.workingDaysBetween(pausedSince, today);
            appointmentDate = calendar.addWorkingDays(appointmentDate, paused);
            pausedWorkingDays += paused;
            pausedSince = null;
        }
        if (to == DossierStatus.PROCESSING_FINISHED) {
            finishedOn = today;
        }
        moveTo(to, at, actor, reason == null || reason.isBlank() ? null : reason.strip());
        return from;
    }

    /**
     * Adds the papers the resident brought in answer to a request, as one more document after the others.
     *
     * @return the new document's position
     */
    int addSupplement(String name, java.util.List<DocumentPage> pages) {
        int position = documents.size() + 1;
        documents.add(new DossierDocument(this, position, new HandedInDocument(name, DocumentKind.COPY, pages)));
        return position;
    }

    /** Whether these are the last four digits of the applicant's ID number (compared in constant time). */
    boolean idEndsWith(String lastFourDigits) {
        if (lastFourDigits == null || !lastFourDigits.strip().matches("\\d{4}")) {
            return false;
        }
        byte[] given = lastFourDigits.strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] actual = applicantIdNumber.substring(applicantIdNumber.length() - 4)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return java.security.MessageDigest.isEqual(given, actual);
    }

    /** Before the deadline, on time or late (Mẫu 05), as of {@code today} for an open dossier. */
    Timeliness timeliness(LocalDate today, AppointmentCalendar calendar) {
        return Timeliness.of(status, appointmentDate, pausedSince, finishedOn, today, calendar);
    }

    /** The dashboard's facts; the class of Mẫu 05 only once finished, when it can no longer change. */
    DossierFacts facts() {
        Timeliness finished = finishedOn == null ? null
                : Timeliness.of(status, appointmentDate, null, finishedOn, finishedOn, null);
        return new DossierFacts(code, procedureCode, receivingUnitCode, channel, assisted(), receivedAt, feeVnd,
                feeStatus, resultDelivery, finishedOn, finished, assistedByUsername);
    }

    /**
     * The gateway confirmed a payment of {@code amountVnd}: the fee is paid, even if the resident had chosen the
     * counter meanwhile (the money has moved). Less than the fee pays nothing.
     *
     * @return whether the fee is now paid
     */
    boolean feePaid(long amountVnd) {
        if (feeVnd != null && amountVnd < feeVnd) {
            return false;
        }
        feeStatus = FeeStatus.PAID;
        return true;
    }

    /** @return whether the fee is now to be paid at the counter (not when it is paid already or there is none) */
    boolean feeAtCounter() {
        if (feeStatus != FeeStatus.DUE) {
            return feeStatus == FeeStatus.AT_COUNTER;
        }
        feeStatus = FeeStatus.AT_COUNTER;
        return true;
    }

    DossierView view(ZoneId deskZone) {
        return new DossierView(code, procedureName, status, LocalDateTime.ofInstant(receivedAt, deskZone),
                appointmentDate, resultDelivery, feeStatus);
    }

    /**
     * Everything the receipt slip (Mẫu 01) prints, for the resident who just filed.
     *
     * @param unitName the receiving unit's name, printed only when it is this dossier's unit
     */
    DossierReceipt receipt(ZoneId deskZone, String unitCode, String unitName) {
        return new DossierReceipt(view(deskZone), procedureCode, receivingUnitCode,
                receivingUnitCode.equals(unitCode) ? unitName : null, applicantFullName,
                applicantAddress, contactPhone, contactEmail, deliveryAddress, feeVnd,
                documents.stream().map(DossierDocument::summary).toList());
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    DossierContact contact() {
        String reason = statusChanges.isEmpty() ? null : statusChanges.getLast().reason();
        return new DossierContact(code, applicantFullName, procedureName, blankToNull(contactPhone),
                blankToNull(contactEmail), appointmentDate, trackingToken, status, reason);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    DossierStatus status() {
        return status;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    LocalDate countedFrom() {
        return countedFrom;
    }

    LocalDate appointmentDate() {
        return appointmentDate;
    }

    String trackingToken() {
        return trackingToken;
    }

    String receivingUnitCode() {
        return receivingUnitCode;
    }

    String procedureName() {
        return procedureName;
    }

    String applicantFullName() {
        return applicantFullName;
    }

    FeeStatus feeStatus() {
        return feeStatus;
    }

    String procedureCode() {
        return procedureCode;
    }

    String applicantIdNumber() {
        return applicantIdNumber;
    }

    ResultDelivery resultDelivery() {
        return resultDelivery;
    }

    String deliveryAddress() {
        return deliveryAddress;
    }

    String contactPhone() {
        return contactPhone;
    }

    String contactEmail() {
        return contactEmail;
    }

    Long feeVnd() {
        return feeVnd;
    }

    SubmissionChannel channel() {
        return channel;
    }

    String assistedBy() {
        return assistedBy;
    }

    LocalDate pausedSince() {
        return pausedSince;
    }

    int pausedWorkingDays() {
        return pausedWorkingDays;
    }

    LocalDate finishedOn() {
        return finishedOn;
    }

    List<DossierAnswer> answers() {
        return answers;
    }

    List<DossierDocument> documents() {
        return documents;
    }

    List<DossierStatusChange> statusChanges() {
        return statusChanges;
    }

    boolean assisted() {
        return assistedBy != null;
    }
}
