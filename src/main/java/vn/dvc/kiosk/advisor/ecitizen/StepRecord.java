package vn.dvc.kiosk.advisor.ecitizen;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code ecitizen_step}: one step done for one resident. */
@Entity
@Table(name = "ecitizen_step")
class StepRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id")
    private Long residentId;
    @Enumerated(EnumType.STRING)
    private EcitizenStep step;
    @Column(name = "done_on")
    private LocalDate doneOn;
    @Column(name = "helped_by")
    private String helpedBy;
    @Column(name = "helped_by_name")
    private String helpedByName;
    @Column(name = "group_code")
    private String groupCode;
    @Column(name = "commune_code")
    private String communeCode;
    @Column(name = "ticked_at")
    private Instant tickedAt;

    protected StepRecord() {
    }

    StepRecord(long residentId, EcitizenStep step, LocalDate doneOn, String helpedBy, String helpedByName,
            String groupCode, String communeCode, Instant tickedAt) {
        this.residentId = residentId;
        this.step = step;
        this.doneOn = doneOn;
        this.helpedBy = helpedBy;
        this.helpedByName = helpedByName;
        this.groupCode = groupCode;
        this.communeCode = communeCode;
        this.tickedAt = tickedAt;
    }

    EcitizenStep getStep() {
        return step;
    }

    StepDone toStepDone() {
        return new StepDone(step, doneOn, helpedBy, helpedByName);
    }
}
