package vn.dvc.kiosk.payment;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The bank (or the adapter of its statement API) posts each credit to the desk's fee account here. */
@RestController
class BankTransferController {

    private final BankTransfers transfers;

    BankTransferController(BankTransfers transfers) {
        this.transfers = transfers;
    }

    @PostMapping(path = PaymentEndpoints.BANK_TRANSFER, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> notice(@RequestBody(required = false) byte[] body,
            @RequestHeader(name = BankTransferSignature.HEADER, required = false) String signature,
            HttpServletRequest request) {
        NotificationAnswer answer = transfers.handle(body == null ? new byte[0] : body, signature,
                request.getRemoteAddr());
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore()).body(answer.json());
    }
}
