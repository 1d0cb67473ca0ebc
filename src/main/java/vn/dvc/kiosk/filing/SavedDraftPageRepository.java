package vn.dvc.kiosk.filing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedDraftPageRepository extends JpaRepository<SavedDraftPage, Long> {

    /** Without the bytes: what the screens list. */
    interface Listing {
        long getId();

        int getDocumentPosition();

        String getContentType();

        int getSizeBytes();
    }

    @Query("""
            select p.id as id, p.documentPosition as documentPosition, p.contentType as contentType,
                   p.sizeBytes as sizeBytes
              from SavedDraftPage p where p.draftId = :draftId order by p.id""")
    List<Listing> listing(long draftId);

    @Query("select coalesce(sum(p.sizeBytes), 0) from SavedDraftPage p where p.draftId = :draftId")
    long totalSize(long draftId);

    long countByDraftIdAndDocumentPosition(long draftId, int documentPosition);

    Optional<SavedDraftPage> findByIdAndDraftId(long id, long draftId);

    List<SavedDraftPage> findByDraftIdOrderById(long draftId);
}
