package vn.dvc.kiosk.dossier;

/** In which form a document was handed in, as the receipt's table of documents (Mẫu 01) lists it. */
public enum DocumentKind {
    /** The declaration, made from the resident's answers rather than photographed. */
    ELECTRONIC_FORM,
    ORIGINAL,
    CERTIFIED_COPY,
    COPY
}
