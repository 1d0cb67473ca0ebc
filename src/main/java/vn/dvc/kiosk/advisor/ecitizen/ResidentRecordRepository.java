package vn.dvc.kiosk.advisor.ecitizen;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResidentRecordRepository extends JpaRepository<ResidentRecord, Long> {

    Optional<ResidentRecord> findByCommuneCodeAndSubjectHash(String communeCode, String subjectHash);
}
