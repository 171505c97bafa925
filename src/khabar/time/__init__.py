"""Time expressions: find Jalali, Gregorian and Hijri dates and resolve them."""
