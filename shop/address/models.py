from django.db import models
from oscar.apps.address.abstract_models import AbstractUserAddress

from places.fields import CommuneField, ProvinceField
from places.selectors import commune_name, province_name


class VietnameseAddressFields(models.Model):
    """Where in Vietnam an address lies, as codes on the 2025 map.

    Oscar's own fields keep working beside them: line1 holds the house number and street, line3
    the commune's name and line4 the province's name, so every Oscar page and e-mail shows the
    full address.
    """

    province = ProvinceField(null=True, blank=True)
    commune = CommuneField(null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def province_name(self) -> str:
        return province_name(self.province)

    @property
    def commune_name(self) -> str:
        return commune_name(self.commune)

    def fill_place_names(self) -> None:
        """Copies the names of the chosen commune and province into Oscar's text fields."""
        self.line3 = self.commune_name
        self.line4 = self.province_name


class UserAddress(AbstractUserAddress, VietnameseAddressFields):  # noqa: DJ008 (Oscar's __str__)
    pass


from oscar.apps.address.models import *  # noqa: E402,F401,F403
