package vn.dvc.kiosk.filing;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SavedDraftRepository extends JpaRepository<SavedDraft, Long> {

    Optional<SavedDraft> findByCode(String code);

    /** Their pages go with them (ON DELETE CASCADE). */
    @Modifying
    @Query("delete from SavedDraft d where d.expiresAt < :now")
    int deleteExpired(Instant now);
}
