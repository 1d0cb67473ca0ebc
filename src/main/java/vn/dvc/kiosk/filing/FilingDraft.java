package vn.dvc.kiosk.filing;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.dvc.kiosk.dossier.ResultDelivery;

/** What the resident has answered so far for one procedure, during this visit. */
public final class FilingDraft implements Serializable {

    private final String procedureCode;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private Long consentRecordId;
    private ResultDelivery delivery;
    private String deliveryAddress;
    private String phone;
    private String email;

    FilingDraft(String procedureCode) {
        this.procedureCode = procedureCode;
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
}
