import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Tells Leaflet when the map's box changes size while the window does not (the 长辈模式 switch makes a map sized in
 * `rem` taller: the submit form's picker, the moderators' editor), so it draws the whole box and fires `resize` for what
 * is placed by the box (the picker's numbers clear of the controls).
 */
export function FollowBoxSize() {
  const map = useMap();
  useEffect(function invalidateSizeOnResize() {
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
