"""Two staff members (or a webhook and the shopper's return) recording one payment at once."""

import threading
from decimal import Decimal

import pytest
from django.db import connection
from oscar.test.factories import UserFactory

from payments.methods import BankTransfer
from payments.services import transfer_mark_received
from tests.payments.fixtures import place_order


@pytest.mark.django_db(transaction=True)
def test_simultaneous_marks_record_one_payment(settings):
    settings.VIETQR_BANK_BIN = "970436"
    settings.VIETQR_ACCOUNT_NUMBER = "0011001234567"
    settings.VIETQR_ACCOUNT_HOLDER = "CONG TY CHO HTX"
    order = place_order(method=BankTransfer(), price=Decimal("125000"))
    staff = [UserFactory(is_staff=True) for _ in range(6)]
    start = threading.Barrier(len(staff))
    results = []

    def mark(user):
        try:
            start.wait()
            results.append(transfer_mark_received(order=order, received_by=user))
        finally:
            connection.close()

    threads = [threading.Thread(target=mark, args=(user,)) for user in staff]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == [False] * 5 + [True]
    source = order.sources.get()
    assert source.amount_debited == Decimal("125000")
    assert source.transactions.filter(txn_type="Debit").count() == 1
    assert order.payment_events.count() == 1
