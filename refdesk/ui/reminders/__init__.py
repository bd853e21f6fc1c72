"""Reminders outside the window: the tray icon, desktop notifications, closing to the tray, start at login."""
