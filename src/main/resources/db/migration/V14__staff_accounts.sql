-- Staff who sign in (officers, advisors, leaders, admins); residents never do. The password only as its hash
-- ({bcrypt}…). An officer belongs to a one-stop desk (receiving unit code), an advisor to a volunteer group attached
-- to a commune (its code in the 2025 administrative units); a group leader sees the group's campaign figures.
CREATE TABLE staff_account (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    password_hash VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    display_name  VARCHAR(200)  NOT NULL,
    role          VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    unit_code     VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    group_code    VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    commune_code  VARCHAR(10)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    group_leader  BOOLEAN       NOT NULL DEFAULT FALSE,
    enabled       BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_staff_account_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
