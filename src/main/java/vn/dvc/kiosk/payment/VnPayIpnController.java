package vn.dvc.kiosk.payment;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * VNPay calls this server to server after each transaction (configure it as the terminal's IPN URL). Spring MVC
 * serves it: Vaadin only takes the requests no controller maps.
 */
@RestController
class VnPayIpnController {

    static final String PATH = PaymentEndpoints.VNPAY_IPN;

    private final VnPayIpn ipn;

    VnPayIpnController(VnPayIpn ipn) {
        this.ipn = ipn;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> ipn(HttpServletRequest request) {
        NotificationAnswer answer = ipn.handle(request.getParameterMap(), request.getRemoteAddr());
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore()).body(answer.json());
    }
}
