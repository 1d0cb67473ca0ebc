package vn.dvc.kiosk.dossier;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A document of a dossier; its pages are loaded only when someone opens them. */
@Entity
@Table(name = "dossier_document")
class DossierDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;
    private int position;
    private String name;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    @Column(name = "page_count")
    private int pageCount;
    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("pageNo")
    private List<DossierDocumentPage> pages = new ArrayList<>();

    protected DossierDocument() {
    }

    DossierDocument(Dossier dossier, int position, HandedInDocument handedIn) {
        this.dossier = dossier;
        this.position = position;
        this.name = handedIn.name();
        this.kind = handedIn.kind();
        this.pageCount = handedIn.pages().size();
        for (int i = 0; i < handedIn.pages().size(); i++) {
            pages.add(new DossierDocumentPage(this, i + 1, handedIn.pages().get(i)));
        }
    }

    DocumentSummary summary() {
        return new DocumentSummary(name, kind, pageCount);
    }
}
