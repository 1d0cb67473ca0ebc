package vn.dvc.kiosk.catalog;

/** What kind of answer a declared form field takes. */
public enum FieldType {
    TEXT, DATE, SELECT, NUMBER, PHONE, EMAIL, ID_NUMBER, ADDRESS, CHECKBOX
}
