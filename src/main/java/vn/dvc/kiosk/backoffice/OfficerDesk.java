package vn.dvc.kiosk.backoffice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import vn.dvc.kiosk.dossier.DocumentPage;
import vn.dvc.kiosk.dossier.DocumentPageRef;
import vn.dvc.kiosk.dossier.DossierAction;
import vn.dvc.kiosk.dossier.DossierDetail;
import vn.dvc.kiosk.dossier.DossierPages;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.DossierQueueFilter;
import vn.dvc.kiosk.dossier.DossierQueueItem;
import vn.dvc.kiosk.dossier.DossierQueues;
import vn.dvc.kiosk.dossier.DossierResults;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.ProcedureInQueue;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.ResultFile;
import vn.dvc.kiosk.dossier.Timeliness;
import vn.dvc.kiosk.shared.security.StaffMember;

/**
 * The desk as one officer sees it: only the dossiers of their own unit (receiving unit code), each action recorded
 * under their name. Every call checks the unit again, so a screen left open after a reassignment, or a code typed
 * into the address bar, never reaches another unit's dossier.
 */
@Service
public class OfficerDesk {

    private final DossierProcessing processing;
    private final DossierQueues queues;
    private final DossierPages pages;
    private final DossierResults results;

    OfficerDesk(DossierProcessing processing, DossierQueues queues, DossierPages pages, DossierResults results) {
        this.processing = processing;
        this.queues = queues;
        this.pages = pages;
        this.results = results;
    }

    /** A page of the officer's unit queue, soonest appointment first; nothing for staff without a unit. */
    public Slice<DossierQueueItem> queue(StaffMember officer, DossierQueueFilter filter, Pageable page) {
        if (officer.unitCode() == null) {
            return new SliceImpl<>(List.of(), page, false);
        }
        return processing.queue(officer.unitCode(), filter, page);
    }

    public List<ProcedureInQueue> procedures(StaffMember officer) {
        return officer.unitCode() == null ? List.of() : queues.procedures(officer.unitCode());
    }

    public Timeliness timeliness(DossierQueueItem item) {
        return queues.timeliness(item);
    }

    /** The dossier, when it is on this officer's desk; empty for an unknown code and for another unit's alike. */
    public Optional<DossierDetail> open(StaffMember officer, String code) {
        if (code == null || code.isBlank() || officer.unitCode() == null) {
            return Optional.empty();
        }
        return processing.detail(code.strip()).filter(detail -> officer.unitCode().equals(detail.receivingUnitCode()));
    }

    public List<DocumentPageRef> pages(StaffMember officer, String code) {
        return pages.list(require(officer, code).code());
    }

    public Optional<DocumentPage> page(StaffMember officer, String code, int document, int pageNo) {
        return open(officer, code).flatMap(detail -> pages.page(detail.code(), document, pageNo));
    }

    public Optional<ResultFile> result(StaffMember officer, String code) {
        return open(officer, code).flatMap(detail -> results.find(detail.code()));
    }

    public Optional<byte[]> resultContent(StaffMember officer, String code) {
        return open(officer, code).flatMap(detail -> results.content(detail.code()));
    }

    /** @see DossierProcessing#act */
    public DossierStatus act(StaffMember officer, String code, DossierAction action, String reason) {
        return processing.act(require(officer, code).code(), action, blankToNull(reason), officer.actorLabel());
    }

    /** Finishes processing with an optional note and an optional electronic result, in one transaction. */
    public DossierStatus finish(StaffMember officer, String code, String note, String fileName, byte[] pdf) {
        return results.finish(require(officer, code).code(), blankToNull(note), fileName, pdf, officer.actorLabel());
    }

    /** @see DossierProcessing#returnResult */
    public DossierStatus returnResult(StaffMember officer, String code, ResultDelivery how, String trackingNumber) {
        return processing.returnResult(require(officer, code).code(), how, blankToNull(trackingNumber),
                officer.actorLabel());
    }

    private DossierDetail require(StaffMember officer, String code) {
        return open(officer, code).orElseThrow(() -> new DossierNotOnThisDeskException(code));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
