package vn.dvc.kiosk.identity;

/** Sex as printed on the card ("Nam" / "Nữ"). */
public enum Sex {
    MALE, FEMALE
}
