from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .selectors import commune_province_code, province_name


def validate_province(code: int) -> None:
    if not province_name(code):
        raise ValidationError(_("Mã tỉnh/thành phố %(code)s không tồn tại."), params={"code": code})


def check_commune_in_province(
    *, province_code: int | None, commune_code: int | None, commune_field: str
) -> None:
    """A commune must exist and lie in the chosen province."""
    if commune_code is None:
        return
    owner = commune_province_code(commune_code)
    if owner is None:
        raise ValidationError({commune_field: _("Mã xã/phường này không tồn tại.")})
    if province_code is None:
        raise ValidationError({commune_field: _("Hãy chọn tỉnh/thành phố trước khi chọn xã/phường.")})
    if owner != province_code:
        raise ValidationError(
            {
                commune_field: _("Xã/phường này không thuộc %(province)s.")
                % {"province": province_name(province_code)}
            }
        )
