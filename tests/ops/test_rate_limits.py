"""Sign-in, registration and password reset refuse repeated attempts, per account and per IP
address, with a Vietnamese message."""

import pytest
from django.contrib.auth import get_user_model

LOCKED = "Bạn đã thử quá nhiều lần"


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AUTHENTICATION_BACKENDS = [
        "axes.backends.AxesStandaloneBackend",
        *settings.AUTHENTICATION_BACKENDS,
    ]


@pytest.fixture
def lan(db):
    return get_user_model().objects.create_user("lan", "lan@example.com", "mat-khau-dai-2025")


def sign_in(client, email, password, ip="203.0.113.5"):
    return client.post(
        "/accounts/login/",
        {"login-username": email, "login-password": password, "login_submit": "1"},
        REMOTE_ADDR=ip,
    )


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(client, axes_on, lan):
    for attempt in range(4):
        assert (
            sign_in(client, "lan@example.com", "sai", ip=f"198.51.100.{attempt}").status_code == 200
        )
    locked = sign_in(client, "lan@example.com", "sai", ip="198.51.100.9")
    assert locked.status_code == 429
    assert LOCKED in locked.content.decode()
    assert "15 phút" in locked.content.decode()
    # From yet another address, with the right password: still locked.
    assert (
        sign_in(client, "lan@example.com", "mat-khau-dai-2025", ip="192.0.2.1").status_code == 429
    )


def test_one_address_trying_many_accounts_is_locked_out(client, axes_on, lan):
    for number in range(4):
        assert sign_in(client, f"khach{number}@example.com", "sai").status_code == 200
    assert sign_in(client, "khach9@example.com", "sai").status_code == 429
    # Lan, elsewhere, signs in as usual.
    assert (
        sign_in(client, "lan@example.com", "mat-khau-dai-2025", ip="192.0.2.1").status_code == 302
    )


def test_a_successful_sign_in_resets_the_count(client, axes_on, lan):
    for _ in range(3):
        sign_in(client, "lan@example.com", "sai")
    assert sign_in(client, "lan@example.com", "mat-khau-dai-2025").status_code == 302
    client.logout()
    for _ in range(3):
        assert sign_in(client, "lan@example.com", "sai").status_code == 200


def register(client, email, ip="203.0.113.5", *, on_sign_in_page=False):
    if on_sign_in_page:
        url, prefix, extra = "/accounts/login/", "registration-", {"registration_submit": "1"}
    else:
        url, prefix, extra = "/accounts/register/", "", {}
    data = {
        f"{prefix}email": email,
        f"{prefix}password1": "mot-mat-khau-dai-2025",
        f"{prefix}password2": "khac",  # invalid on purpose: the count is of submissions
        **extra,
    }
    return client.post(url, data, REMOTE_ADDR=ip)


@pytest.mark.django_db
@pytest.mark.parametrize("on_sign_in_page", [False, True])
def test_registration_is_limited_per_account(client, on_sign_in_page):
    for attempt in range(5):
        response = register(
            client, "moi@example.com", ip=f"198.51.100.{attempt}", on_sign_in_page=on_sign_in_page
        )
        assert response.status_code == 200
    limited = register(client, "MOI@example.com", ip="192.0.2.1", on_sign_in_page=on_sign_in_page)
    assert limited.status_code == 429
    assert LOCKED in limited.content.decode()
    assert int(limited["Retry-After"]) <= 3600
    assert register(client, "khac@example.com", ip="192.0.2.2").status_code == 200


@pytest.mark.django_db
def test_registration_is_limited_per_address(client, settings):
    limit = settings.RATE_LIMITS[0]["ip_limit"]
    for number in range(limit):
        assert register(client, f"khach{number}@example.com").status_code == 200
    assert register(client, "khach-cuoi@example.com").status_code == 429
    assert register(client, "khach-cuoi@example.com", ip="192.0.2.2").status_code == 200


@pytest.mark.django_db
def test_password_reset_is_limited_per_account(client, lan):
    for attempt in range(5):
        response = client.post(
            "/password-reset/", {"email": "lan@example.com"}, REMOTE_ADDR=f"198.51.100.{attempt}"
        )
        assert response.status_code == 302
    limited = client.post("/password-reset/", {"email": "lan@example.com"}, REMOTE_ADDR="192.0.2.1")
    assert limited.status_code == 429
    assert LOCKED in limited.content.decode()
