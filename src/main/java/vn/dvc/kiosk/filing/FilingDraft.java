package vn.dvc.kiosk.filing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.ResultDelivery;

/**
 * What the resident has answered and attached so far for one procedure. The working copy lives in the visit's
 * session; a saved copy (with its draft code) lets the resident resume after an interruption.
 */
public final class FilingDraft implements Serializable {

    /** A page stored with the saved draft; its bytes stay in the database. */
    public record PageRef(long id, String contentType, int sizeBytes) implements Serializable {

        public boolean isImage() {
            return AcceptedPage.JPEG.equals(contentType);
        }
    }

    private final String procedureCode;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private final Map<Integer, List<PageRef>> pages = new TreeMap<>();
    private final Set<Integer> skipped = new TreeSet<>();
    private Long consentRecordId;
    private ResultDelivery delivery;
    private String deliveryAddress;
    private String phone;
    private String email;
    private Long savedId;
    private String draftCode;
    private boolean lastSaveFailed;
    private String submissionKey = Dossiers.newSubmissionKey();

    FilingDraft(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    /** Sent with every submission of this filing, so that submitting again after an error cannot file it twice. */
    public String submissionKey() {
        return submissionKey;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String answer(String key) {
        return answers.getOrDefault(key, "");
    }

    public boolean hasAnswer(String key) {
        return answers.containsKey(key);
    }

    public void answer(String key, String value) {
        answers.put(key, value);
    }

    Map<String, String> answers() {
        return answers;
    }

    public Long consentRecordId() {
        return consentRecordId;
    }

    public void consented(long recordId) {
        this.consentRecordId = recordId;
    }

    public ResultDelivery delivery() {
        return delivery;
    }

    public String deliveryAddress() {
        return deliveryAddress;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public void deliverTo(ResultDelivery delivery, String address, String phone, String email) {
        this.delivery = delivery;
        this.deliveryAddress = address;
        this.phone = phone;
        this.email = email;
    }

    /** The pages of the document at this place in the procedure's list (from 1), in the order taken. */
    public List<PageRef> pages(int documentPosition) {
        return List.copyOf(pages.getOrDefault(documentPosition, List.of()));
    }

    Map<Integer, List<PageRef>> allPages() {
        return pages;
    }

    void attached(int documentPosition, PageRef page) {
        pages.computeIfAbsent(documentPosition, p -> new ArrayList<>()).add(page);
        skipped.remove(documentPosition);
    }

    void removed(long pageId) {
        pages.values().forEach(list -> list.removeIf(page -> page.id() == pageId));
        pages.values().removeIf(List::isEmpty);
    }

    /** The resident said they do not have this optional document. */
    public void skip(int documentPosition) {
        skipped.add(documentPosition);
    }

    public boolean skipped(int documentPosition) {
        return skipped.contains(documentPosition);
    }

    Set<Integer> skippedPositions() {
        return skipped;
    }

    /** Eight digits, shown as two groups of four; null until the draft was first saved. */
    public String draftCode() {
        return draftCode;
    }

    Long savedId() {
        return savedId;
    }

    void savedAs(long id, String code) {
        this.savedId = id;
        this.draftCode = code;
    }

    /** The last attempt to save it did not reach the database; the working copy is intact. */
    public boolean lastSaveFailed() {
        return lastSaveFailed;
    }

    void lastSaveFailed(boolean failed) {
        this.lastSaveFailed = failed;
    }

    void restore(DraftContent content) {
        answers.putAll(content.answers());
        skipped.addAll(content.skipped());
        consentRecordId = content.consentRecordId();
        deliverTo(content.delivery(), content.deliveryAddress(), content.phone(), content.email());
        if (content.submissionKey() != null) {
            submissionKey = content.submissionKey();
        }
    }
}
