"""Demo data of payments/: a bank account for VietQR transfers, so the method is offered."""

from payments.models import BankAccountSetting

DEMO_BANK_ACCOUNT = {
    "bank_bin": "970436",
    "bank_name": "Vietcombank",
    "account_number": "0011001234567",
    "account_holder": "CONG TY CHO HTX DEMO",
}


def demo_bank_account_load() -> BankAccountSetting:
    """Fills the platform's bank account when none is set; one staff entered is kept."""
    account = BankAccountSetting.load()
    if not account.account_number:
        for name, value in DEMO_BANK_ACCOUNT.items():
            setattr(account, name, value)
        account.full_clean()
        account.save()
    return account
