"""Uploads are checked by content and stored re-encoded without metadata (imaging/uploads.py),
through the forms that take them."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from imaging.forms import DocumentUploadField, ImageUploadField
from tests.html import pdf

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def photo_with_gps(*, size=(600, 400), orientation: int = 1) -> bytes:
    """A JPEG as a phone writes it: EXIF with the camera, the GPS position and orientation."""
    image = Image.new("RGB", size, (200, 40, 40))
    image.paste((40, 40, 200), (0, 0, size[0] // 2, size[1]))  # left half blue
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[ORIENTATION] = orientation
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 0.0)})
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, comment=b"taken at home")
    return buffer.getvalue()


def cleaned(field, content: bytes, name: str = "anh.jpg"):
    return field.clean(SimpleUploadedFile(name, content))


def test_exif_and_gps_are_gone_from_a_cleaned_picture():
    upload = cleaned(ImageUploadField(), photo_with_gps())
    with Image.open(upload) as image:
        assert image.format == "JPEG"
        assert not image.getexif()
        assert "exif" not in image.info and "comment" not in image.info
    assert b"PhoneMaker" not in upload.read()


def test_a_picture_is_turned_as_the_camera_held_it():
    # Orientation 6: the camera was turned a quarter; the stored pixels are landscape.
    upload = cleaned(ImageUploadField(), photo_with_gps(size=(600, 400), orientation=6))
    with Image.open(upload) as image:
        assert image.size == (400, 600)
        red, green, blue = image.getpixel((200, 10))[:3]
        assert blue > red  # the blue half is now on top


def test_a_png_stays_a_png_with_its_transparency():
    buffer = io.BytesIO()
    Image.new("RGBA", (300, 300), (0, 0, 0, 0)).save(buffer, "PNG")
    upload = cleaned(ImageUploadField(), buffer.getvalue(), name="logo.jpeg")
    assert upload.name == "logo.png"
    with Image.open(upload) as image:
        assert image.format == "PNG" and image.getpixel((5, 5))[3] == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Just some text renamed to .jpg\n" * 20, "không phải là ảnh"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 400, "không phải là ảnh"),  # a JPEG header, no image
    ],
)
def test_a_fake_image_is_refused_with_a_message(content, message):
    with pytest.raises(Exception) as error:
        cleaned(ImageUploadField(), content)
    assert message in " ".join(error.value.messages)


def test_a_decompression_bomb_is_refused_before_it_is_decoded(settings):
    """A small file that would unpack to 1.6 billion pixels (40,000 × 40,000)."""
    buffer = io.BytesIO()
    Image.new("1", (40_000, 40_000)).save(buffer, "PNG")
    assert len(buffer.getvalue()) < 1_000_000
    with pytest.raises(Exception) as error:
        cleaned(ImageUploadField(), buffer.getvalue(), name="bom.png")
    assert "quá nhiều điểm ảnh" in error.value.messages[0]


def test_an_oversized_file_is_refused(settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 10_000
    with pytest.raises(Exception) as error:
        cleaned(ImageUploadField(), photo_with_gps(size=(2000, 2000)) + b"\x00" * 20_000)
    assert "quá lớn" in error.value.messages[0]


def test_a_picture_too_small_is_refused():
    with pytest.raises(Exception) as error:
        cleaned(ImageUploadField(), photo_with_gps(size=(150, 150)))
    assert "quá nhỏ" in error.value.messages[0]


def test_a_real_pdf_is_kept_as_sent():
    content = pdf()
    upload = cleaned(DocumentUploadField(), content, name="giay.pdf")
    upload.seek(0)
    assert upload.read() == content


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.4\nnot really a PDF at all",  # the header, then nothing a reader can open
        b"MZ\x90\x00 an executable renamed .pdf",
        b"Plain text renamed .pdf",
    ],
)
def test_a_pdf_that_is_not_a_pdf_is_refused(content):
    with pytest.raises(Exception) as error:
        cleaned(DocumentUploadField(), content, name="giay.pdf")
    text = error.value.messages[0]
    assert "PDF" in text and ("hỏng" in text or "Chỉ nhận" in text)


def test_a_scanned_paper_is_cleaned_like_a_picture():
    upload = cleaned(DocumentUploadField(), photo_with_gps(), name="giay.jpg")
    with Image.open(upload) as image:
        assert not image.getexif()


@pytest.mark.django_db
def test_a_wagtail_image_is_stored_without_its_exif(client, django_user_model):
    from django.urls import reverse
    from wagtail.images import get_image_model

    editor = django_user_model.objects.create_superuser("bientap", "bientap@example.com", "x")
    client.force_login(editor)
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Đồi chè", "file": SimpleUploadedFile("doi-che.jpg", photo_with_gps())},
    )
    assert response.status_code == 302
    stored = get_image_model().objects.get(title="Đồi chè")
    with stored.file.open() as file, Image.open(file) as image:
        assert image.format == "JPEG" and not image.getexif()
    assert (stored.width, stored.height) == (600, 400)
