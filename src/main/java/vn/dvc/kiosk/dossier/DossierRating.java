package vn.dvc.kiosk.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A resident's satisfaction with one dossier, given once after the result was returned. */
@Entity
@Table(name = "dossier_rating")
class DossierRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dossier_id")
    private Long dossierId;
    /** TINYINT in the table: 1..5 */
    @JdbcTypeCode(SqlTypes.TINYINT)
    private int score;
    private String comment;
    @Column(name = "rated_at")
    private Instant ratedAt;

    protected DossierRating() {
    }

    DossierRating(Long dossierId, int score, String comment, Instant ratedAt) {
        this.dossierId = dossierId;
        this.score = score;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    int score() {
        return score;
    }

    String comment() {
        return comment;
    }
}
