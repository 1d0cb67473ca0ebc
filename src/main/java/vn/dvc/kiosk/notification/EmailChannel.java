package vn.dvc.kiosk.notification;

import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** The EMAIL adapter: SMTP through Spring Boot's mail sender ({@code spring.mail.*}); not configured without a host. */
@Component
class EmailChannel implements NotificationChannel {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    @Override
    public void send(OutgoingMessage message) throws Exception {
        JavaMailSender sender = mailSender.getObject();
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        if (!properties.mailFrom().isBlank()) {
            helper.setFrom(properties.mailFrom());
        }
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        sender.send(mime);
    }
}
