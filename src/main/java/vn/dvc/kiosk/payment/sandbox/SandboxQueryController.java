package vn.dvc.kiosk.payment.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's VNPay merchant API: {@code querydr} as VNPay's {@code /merchant_webapi/api/transaction} answers it.
 * The sandbox terminal's {@code api-url} points here; absent (404) when the sandbox is off.
 */
@RestController
@ConditionalOnBooleanProperty(PaymentSandboxEnvironment.ENABLED)
class SandboxQueryController {

    private final SandboxVnPay vnPay;

    SandboxQueryController(SandboxVnPay vnPay) {
        this.vnPay = vnPay;
    }

    @PostMapping(path = PaymentSandboxEnvironment.API_PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> transaction(@RequestBody Map<String, Object> request) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.forEach((name, value) -> fields.put(name, value == null ? null : value.toString()));
        return vnPay.answerQuery(fields);
    }
}
