package vn.dvc.kiosk.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * Residents' satisfaction with a returned result: one rating per dossier, given on its public tracking page (whoever
 * holds the receipt's link received the result). Publishes {@link DossierRated}.
 */
@Service
public class DossierRatings {

    public static final int MAX_COMMENT_LENGTH = 1000;

    public enum Outcome {
        SAVED,
        /** The dossier was rated before; the first rating stays. */
        ALREADY_RATED,
        /** No such dossier, or its result has not been returned yet. */
        NOT_RATEABLE
    }

    private final DossierRepository dossiers;
    private final DossierRatingRepository ratings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DossierRatings(DossierRepository dossiers, DossierRatingRepository ratings, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the dossier behind this tracking link can be rated now (result returned, not rated yet). */
    public boolean awaitsRating(String trackingToken) {
        if (!TrackingTokens.looksLikeOne(trackingToken)) {
            return false;
        }
        return dossiers.findByTrackingToken(trackingToken)
                .filter(dossier -> dossier.status() == DossierStatus.RESULT_RETURNED)
                .filter(dossier -> !ratings.existsByDossierId(dossier.id())).isPresent();
    }

    /**
     * Stores the rating with its comment (NFC, stripped; blank is none) and publishes {@link DossierRated}, once.
     *
     * @param score 1 very dissatisfied .. 5 very satisfied
     * @throws IllegalArgumentException for a score outside 1..5 or a comment over {@value #MAX_COMMENT_LENGTH}
     */
    public Outcome rate(String trackingToken, int score, String comment) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5, not " + score);
        }
        String text = comment == null ? "" : VietnameseText.nfc(comment).strip();
        if (text.length() > MAX_COMMENT_LENGTH) {
            throw new IllegalArgumentException("A comment is at most " + MAX_COMMENT_LENGTH + " characters");
        }
        if (!TrackingTokens.looksLikeOne(trackingToken)) {
            return Outcome.NOT_RATEABLE;
        }
        try {
            return transaction.execute(tx -> save(trackingToken, score, text.isEmpty() ? null : text));
        } catch (DataIntegrityViolationException sameMoment) {
            // another screen rated this dossier between our check and our insert: the unique key kept the first
            return Outcome.ALREADY_RATED;
        }
    }

    private Outcome save(String trackingToken, int score, String comment) {
        Dossier dossier = dossiers.findByTrackingToken(trackingToken).orElse(null);
        if (dossier == null || dossier.status() != DossierStatus.RESULT_RETURNED) {
            return Outcome.NOT_RATEABLE;
        }
        if (ratings.existsByDossierId(dossier.id())) {
            return Outcome.ALREADY_RATED;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        ratings.saveAndFlush(new DossierRating(dossier.id(), score, comment, now));
        events.publishEvent(new DossierRated(dossier.code(), score));
        return Outcome.SAVED;
    }
}
