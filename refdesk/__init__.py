"""RefDesk: keep referral partners, referrals given and received, and the thank-yous owed."""

__version__ = "0.1.0"
APP_NAME = "RefDesk"
