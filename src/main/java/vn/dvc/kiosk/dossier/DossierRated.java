package vn.dvc.kiosk.dossier;

/**
 * A resident rated their satisfaction with a dossier (1 very dissatisfied .. 5 very satisfied), for the leaders'
 * dashboard. Published inside the transaction that stores the rating; no comment and nothing personal.
 */
public record DossierRated(String code, int score) {
}
