package vn.dvc.kiosk.filing;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRecordRepository extends JpaRepository<ConsentRecord, Long> {
}
