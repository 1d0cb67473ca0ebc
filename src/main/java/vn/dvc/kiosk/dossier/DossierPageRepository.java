package vn.dvc.kiosk.dossier;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.data.jpa.repository.Query;

/** Pages of a dossier's documents, read one at a time: never the whole dossier's images at once. */
interface DossierPageRepository extends Repository<DossierDocumentPage, Long> {

    @Query("""
            select new vn.dvc.kiosk.dossier.DocumentPageRef(d.position, p.pageNo, p.contentType, p.sizeBytes)
              from DossierDocumentPage p join p.document d
             where d.dossier.code = :code
             order by d.position, p.pageNo""")
    List<DocumentPageRef> findRefs(String code);

    @Query("""
            select new vn.dvc.kiosk.dossier.DocumentPage(p.contentType, p.content)
              from DossierDocumentPage p join p.document d
             where d.dossier.code = :code and d.position = :document and p.pageNo = :pageNo""")
    Optional<DocumentPage> findPage(String code, int document, int pageNo);
}
