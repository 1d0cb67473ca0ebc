package vn.dvc.kiosk.payment;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentNotificationRepository extends JpaRepository<PaymentNotification, Long> {
}
