
\äe=1.5x y1if x:
