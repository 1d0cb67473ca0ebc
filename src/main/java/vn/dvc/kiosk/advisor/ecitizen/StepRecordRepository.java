package vn.dvc.kiosk.advisor.ecitizen;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StepRecordRepository extends JpaRepository<StepRecord, Long> {

    List<StepRecord> findByResidentId(Long residentId);

    void deleteByResidentId(Long residentId);

    void deleteByResidentIdAndStep(Long residentId, EcitizenStep step);
}
