package vn.dvc.kiosk.catalog;

import java.util.List;
import java.util.Set;

/** One procedure as a catalog file defines it, normalised (NFC) and with its search key and content hash. */
record ProcedureDefinition(
        String code,
        String nameVi,
        String nameEn,
        LifeEvent lifeEvent,
        CompetentLevel competentLevel,
        String agencyVi,
        OnlineMode onlineMode,
        ProcessingTime processingTime,
        Fee fee,
        String resultVi,
        String resultEn,
        Set<ResultChannel> resultChannels,
        List<String> legalBasis,
        Confidence confidence,
        List<RequiredDocument> documents,
        List<FormField> formFields,
        String searchKey,
        String contentSha256) {
}
