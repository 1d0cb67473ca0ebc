package vn.dvc.kiosk.catalog;

/** The life situations residents start from (sự kiện). Order here is the order of the home screen tiles. */
public enum LifeEvent {
    BIRTH, MARRIAGE, DEATH, RESIDENCE, CERTIFICATION, BUSINESS, LAND_CONSTRUCTION, SOCIAL_SUPPORT, JUSTICE, IDENTITY
}
